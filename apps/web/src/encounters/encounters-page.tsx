export function EncountersPage() {
  return <h1>EncountersPage</h1>;
}
