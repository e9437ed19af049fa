export function ClaimsPage() {
  return <h1>ClaimsPage</h1>;
}
