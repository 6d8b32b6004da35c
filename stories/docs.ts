/** A story's description on its docs page (what a school admin sees in that state). */
export const describe = (story: string) => ({ docs: { description: { story } } });
