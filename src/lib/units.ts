/** Names of planning units as the budget writes them. */
export function unitLabel(subprogramme: string, component: string | null): string {
  return component ? `次级方案 ${subprogramme} 构成部分 ${component}` : `次级方案 ${subprogramme}`;
}
