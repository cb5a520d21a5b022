export function RenewalsScreen() {
  return (
    <section aria-labelledby="renewals-title">
      <h1 id="renewals-title">Renewals</h1>
      <p>Contracts by the financial year they end, with notice deadlines and decision dates.</p>
    </section>
  );
}
