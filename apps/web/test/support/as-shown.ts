// Expected values written the way a reader sees them on the page (en-US), formatted here on their own
// rather than by the dashboard's format.ts, so a formatting mistake there fails the tests.
const whole = new Intl.NumberFormat('en-US');
const hundredths = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 46612 → "46,612". */
export const count = (value: number) => whole.format(value);
/** −17.534 → "-17.53%". */
export const percent = (value: number) => `${hundredths.format(value)}%`;
/** 1234 → "+1,234". */
export const signed = (value: number) => (value > 0 ? `+${count(value)}` : count(value));
/** "2024-11" → "Nov 2024". */
export const monthName = (month: string) => `${monthNames[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;
