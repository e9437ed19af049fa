export function ActorPage({ slug }: { slug: string }) {
  return <h1>{slug}</h1>;
}
