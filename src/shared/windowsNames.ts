/**
 * Names Windows reserves for devices (CON, PRN, AUX, NUL, COM0–9, LPT0–9, in any case, with
 * or without an extension): a file called `con.json` or `COM1.csv` cannot be opened there,
 * so a library or an export shared with a Windows machine must never hold one.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i

/** True when `name` is one of the device names Windows reserves (`CON`, `nul.txt`, `com1`). */
export function isWindowsReservedName(name: string): boolean {
  return WINDOWS_RESERVED.test(name)
}
