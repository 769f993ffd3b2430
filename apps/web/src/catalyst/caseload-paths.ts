/** A checklist item's page in an enterprise's caseload record, where the Catalyst confirms, waives or checks it. */
export function checklistItemPage(enterpriseId: string, itemId: string): string {
  return `/caseload/${encodeURIComponent(enterpriseId)}/checklist/${encodeURIComponent(itemId)}`;
}
