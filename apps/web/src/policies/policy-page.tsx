export function PolicyPage({ slug }: { slug: string }) {
  return <h1>{slug}</h1>;
}
