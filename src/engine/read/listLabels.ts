/** "Family, Period and Actual": names listed as a sentence does. */
export function listLabels(labels: string[]): string {
  return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}
