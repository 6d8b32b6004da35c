import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { Block } from '../src/bundle/types.js';
import { blockNodes } from '../src/ui/block-nodes.js';
import { blockTemplate, numberSpan, type BlockContext } from '../src/ui/blocks.js';

/*
 * The usual blocks are built as nodes on a page (src/ui/block-nodes.ts) and as templates in the
 * static render and wherever they need the element's templates (src/ui/blocks.ts). Both must
 * give the same page: the same elements, attributes, text, languages and search marks.
 */

const BLOCKS: Block[] = [
  { type: 'paragraph', text: 'Pupils at Ysgol Enfys stay **safe** online, as *section 4.2* says; see [our rules](https://enfys.example/rules) or www.enfys.example.' },
  { type: 'paragraph', text: { en: 'Tell a safe adult.', cy: 'Dywedwch wrth oedolyn diogel.' } },
  { type: 'paragraph', text: { en: 'Only in English, so marked in Welsh.' } },
  { type: 'paragraph', text: '' },
  { type: 'list', items: ['Pupils', 'Staff, see section 4.2', { en: 'Parents', cy: 'Rhieni' }] },
  { type: 'list', ordered: true, items: ['First **step**', 'Second step'] },
  { type: 'clause', text: 'Everyone keeps passwords safe.' },
  { type: 'clause', text: 'The DSL keeps a record.', items: ['what was seen', 'who was told'] },
  { type: 'note', text: 'Never forward an image of a child.', variant: 'important' },
  { type: 'note', text: 'Write it down straight away.' },
  { type: 'note', title: { en: 'Tip', cy: 'Awgrym' }, text: 'Ask the office for the form.' },
  { type: 'table', head: ['Who', { en: 'Does what', cy: 'Yn gwneud beth' }], rows: [['Class teacher', 'Logs it, **the same day**'], ['DSL', 'Decides next steps']] },
  { type: 'table', caption: { en: 'Who handles what' }, rowHeaders: true, head: ['Incident', 'Who'], rows: [['Cyberbullying', 'Class teacher'], ['Sexting', 'DSL: see section 4.2']] },
  { type: 'paragraph', text: 'We follow **the law[^law]** and the guidance.[^kcsie]' },
  { type: 'list', items: ['One', { en: 'Two[^law]', cy: 'Dau[^law]' }, { text: 'Three, with more', blocks: [{ type: 'paragraph', text: 'Inside a safe item.' }, { type: 'contacts', roles: ['dsl'] }] }] },
  { type: 'clause', text: 'A clause[^law]', items: ['a point[^kcsie]'], blocks: [{ type: 'note', text: 'Inside.', blocks: [{ type: 'clause', text: 'Deeper, never numbered.' }] }] },
  { type: 'table', head: ['A'], rows: [['cell[^law]']] },
  { type: 'contacts', ids: ['dsl', 'office'] },
  { type: 'contacts' },
  { type: 'footnote', id: 'law', text: 'The law.' },
];

/** A footnote reference as the policy shows it (a node; in a template it is rendered as one). */
const footnote = (id: string) => {
  const sup = document.createElement('sup');
  sup.className = 'fn-ref';
  sup.append(Object.assign(document.createElement('a'), { href: `#footnote-${id}`, textContent: `[${id}]` }));
  return sup;
};
const contacts: BlockContext['contacts'] = [
  { id: 'dsl', role: 'dsl', name: 'Mrs Gwen Example', phone: '01632 960111', email: 'dsl@enfys.example' },
  { id: 'office', role: 'office', roleLabel: { en: 'Front desk', cy: 'Derbynfa' }, organisation: 'Ysgol Enfys' },
];

const contexts: [string, BlockContext][] = [
  ['English', { lang: 'en-GB', base: 'en-GB', contacts }],
  ['Welsh', { lang: 'cy', base: 'en-GB', contacts, footnote }],
  ['English, a search for "safe"', { lang: 'en-GB', base: 'en-GB', contacts, highlight: 'safe', footnote }],
  [
    'numbered clauses, references linked, a second element on the page',
    { lang: 'en-GB', base: 'en-GB', contacts, footnote, xref: (r) => (r === '4.2' ? 'section-4-2' : undefined), clause: (i) => ({ num: `3.${i}`, anchor: `section-3-${i}` }), apart: 'Staff policy 2' },
  ],
];

/** What a container holds, as markup with each element's attributes in name order, without Lit's comment markers. */
const markup = (n: Node): string =>
  n instanceof Element
    ? `<${n.localName}${[...n.attributes].map((a) => ` ${a.name}="${a.value}"`).sort().join('')}>${[...n.childNodes].map(markup).join('')}</${n.localName}>`
    : n.nodeType === Node.TEXT_NODE
      ? JSON.stringify(n.textContent)
      : '';

describe('blocks built as nodes', () => {
  for (const [name, ctx] of contexts)
    it(`give the same page as the templates: ${name}`, () => {
      BLOCKS.forEach((b, i) => {
        const fromTemplate = document.createElement('div');
        render(blockTemplate(b, i, ctx), fromTemplate);
        const node = blockNodes(b, i, ctx, numberSpan as (n: string) => Node);
        expect(node, `${b.type} ${i} is built as nodes`).to.be.instanceOf(Node);
        const fromNodes = document.createElement('div');
        fromNodes.append(node!);
        expect(markup(fromNodes), `${b.type} ${i}`).to.equal(markup(fromTemplate));
      });
    });

  it('the search marks, language marks, footnote references and contacts are there (the comparison is not of two empty pages)', () => {
    const page = (ctx: BlockContext) => {
      const el = document.createElement('div');
      for (const [i, b] of BLOCKS.entries()) el.append(blockNodes(b, i, ctx, numberSpan as (n: string) => Node));
      return el;
    };
    expect(page(contexts[2][1]).querySelectorAll('mark[part="match"]').length).to.equal(4);
    const cy = page(contexts[1][1]);
    expect([...cy.querySelectorAll('[lang]')].map((e) => e.getAttribute('lang'))).to.include.members(['en', 'en-GB']);
    expect(cy.textContent).to.contain('Dywedwch wrth oedolyn diogel.').and.contain('Awgrym').and.contain('Yn gwneud beth').and.contain('Dau').and.contain('Derbynfa');
    expect([...cy.querySelectorAll('.table-wrap')][1].getAttribute('aria-label')).to.equal('Who handles what');
    expect([...cy.querySelectorAll('sup.fn-ref')].map((e) => e.textContent)).to.deep.equal(['[law]', '[kcsie]', '[law]', '[law]', '[kcsie]', '[law]']);
    expect(cy.querySelectorAll('li[part="contact"]').length).to.equal(5);
    // The clause inside a note inside a clause has no number; the section's own clauses do.
    const numbered = page(contexts[3][1]);
    expect([...numbered.querySelectorAll('.clause > .num')].map((e) => e.textContent)).to.deep.equal(['3.6', '3.7', '3.15']);
    // Without a footnote renderer (parent guidance), a reference is left out.
    expect(page(contexts[0][1]).querySelector('sup')).to.equal(null);
  });
});
