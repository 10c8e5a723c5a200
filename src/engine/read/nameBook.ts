/**
 * One spelling per name: "widgets" on the Supply sheet is the family "Widgets" of the Demand sheet.
 * Names are matched ignoring case (keys are trimmed when read); the first spelling seen wins, so
 * every analysis joins the sheets on identical strings.
 */
export class NameBook {
  private readonly byKey = new Map<string, string>();

  /** Records a name (if new) and returns its canonical spelling. */
  add(name: string): string {
    const key = name.toLowerCase();
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    this.byKey.set(key, name);
    return name;
  }

  /** The canonical spelling of a known name, or undefined. */
  find(name: string): string | undefined {
    return this.byKey.get(name.toLowerCase());
  }

  get size(): number {
    return this.byKey.size;
  }
}
