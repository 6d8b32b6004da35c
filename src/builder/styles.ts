/** The builder's styles (light DOM: every rule starts with policy-builder). GOV.UK-like, 44px targets. */
export const builderStyles = `
policy-builder{display:block;max-width:52rem;line-height:1.5;overflow-wrap:anywhere;--b-danger:#b3261e;--b-focus:#ffbf47;--b-border:#505a5f}
policy-builder *{box-sizing:border-box}
policy-builder h2{margin-top:2rem}
policy-builder .b-drop{border:3px dashed var(--b-border);padding:1rem;border-radius:4px}
policy-builder .b-drop.over{border-style:solid;background:#f3f2f1}
policy-builder label,policy-builder legend{display:block;font-weight:700}
policy-builder .b-hint{margin:.25rem 0;color:#505a5f}
policy-builder input,policy-builder select,policy-builder textarea,policy-builder button{font:inherit;min-height:44px;max-width:100%}
policy-builder input[type=text],policy-builder input[type=url],policy-builder input[type=email],policy-builder input[type=tel],policy-builder textarea{width:30rem;border:2px solid var(--b-border);padding:0 .5rem}
policy-builder textarea{padding:.5rem;font-family:monospace}
policy-builder .b-field{margin:1rem 0}
policy-builder fieldset{border:0;padding:0;margin:1rem 0;min-width:0}
policy-builder input[type=file]{width:100%}
policy-builder .has-error{border-inline-start:5px solid var(--b-danger);padding-inline-start:.75rem}
policy-builder .b-field-problem{color:var(--b-danger);font-weight:700;margin:.25rem 0}
policy-builder .b-summary{border:5px solid var(--b-danger);padding:0 1rem;margin:1.5rem 0}
policy-builder .b-summary a{color:var(--b-danger);font-weight:700}
policy-builder .b-failure{border-inline-start:5px solid var(--b-danger);padding:.5rem 1rem;font-weight:700}
policy-builder .b-ok{border-inline-start:5px solid #00703c;padding:.5rem 1rem}
policy-builder button{background:#00703c;color:#fff;border:0;padding:0 1rem;box-shadow:0 2px 0 #002d18;cursor:pointer}
policy-builder .b-contact{border:2px solid #b1b4b6;padding:0 .75rem;margin:1rem 0}
policy-builder .b-contact legend{padding:0 .25rem}
policy-builder .b-school{border:3px solid var(--b-border);padding:0 .75rem;margin:1rem 0}
policy-builder .b-school legend{padding:0 .25rem;font-size:1.125rem}
policy-builder button.b-secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}
policy-builder :focus-visible{outline:3px solid var(--b-focus);outline-offset:0;box-shadow:0 0 0 5px #0b0c0c}
policy-builder [tabindex="-1"]:focus{outline:none}
@media (forced-colors:active){policy-builder .has-error,policy-builder .b-summary{border-color:CanvasText}}
`;
