/** Builds dist/wordpress/esafety-elements.zip from wordpress/esafety-elements and the built library. */
export function buildWordPressZip(): { zip: string };
