import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { footnotesIn, linksIn, parseInline, plainText } from '../src/text/markup.js';
import { rich } from '../src/text/render.js';
import { isExternalUrl, isSafeUrl, urlScheme } from '../src/text/urls.js';

const renderToDiv = async (src: string, highlight?: string) => {
  const div = document.createElement('div');
  render(rich(src, { highlight }), div);
  return div;
};

describe('inline markup', () => {
  it('parses bold, italic, links and footnote references', () => {
    expect(parseInline('a **b** *c* _d_ [e](https://x.example) [^f]')).to.deep.equal([
      { t: 'text', v: 'a ' },
      { t: 'b', c: [{ t: 'text', v: 'b' }] },
      { t: 'text', v: ' ' },
      { t: 'i', c: [{ t: 'text', v: 'c' }] },
      { t: 'text', v: ' ' },
      { t: 'i', c: [{ t: 'text', v: 'd' }] },
      { t: 'text', v: ' ' },
      { t: 'a', href: 'https://x.example', c: [{ t: 'text', v: 'e' }] },
      { t: 'text', v: ' ' },
      { t: 'fn', id: 'f' },
    ]);
  });

  it('nests, escapes, and leaves unclosed or spaced markers as text', () => {
    expect(parseInline('**bold [link](mailto:a@b.example)**')[0]).to.deep.equal({
      t: 'b',
      c: [
        { t: 'text', v: 'bold ' },
        { t: 'a', href: 'mailto:a@b.example', c: [{ t: 'text', v: 'link' }] },
      ],
    });
    expect(plainText('\\*not italic\\*')).to.equal('*not italic*');
    expect(plainText('2 * 3 * 4')).to.equal('2 * 3 * 4');
    expect(plainText('**open')).to.equal('**open');
    expect(plainText('[no link]')).to.equal('[no link]');
    expect(plainText('snake_case_name')).to.equal('snake_case_name');
    expect(parseInline('a _word_.')[1]).to.deep.equal({ t: 'i', c: [{ t: 'text', v: 'word' }] });
  });

  it('finds links and footnotes for the bundle checks', () => {
    expect(linksIn('[a](https://a.example) and **[b](javascript:alert(1))**')).to.deep.equal(['https://a.example', 'javascript:alert(1']);
    expect(footnotesIn('x[^one] y[^two]')).to.deep.equal(['one', 'two']);
  });

  it('renders through Lit as elements and text, never as HTML', async () => {
    const div = await renderToDiv('<b>not bold</b> **bold** [site](https://s.example) [mail](mailto:a@b.example)');
    expect(div.querySelector('b')).to.equal(null);
    expect(div.textContent).to.contain('<b>not bold</b>');
    expect(div.querySelector('strong')!.textContent).to.equal('bold');
    const [site, mail] = [...div.querySelectorAll('a')];
    expect(site.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(mail.getAttribute('rel')).to.equal(null);
  });

  it('drops links with a disallowed scheme but keeps their words', async () => {
    const div = await renderToDiv('[click me](javascript:alert(1)) [data](data:text/html,hi)');
    expect(div.querySelectorAll('a')).to.have.length(0);
    expect(div.textContent).to.contain('click me');
  });

  it('marks search matches case-insensitively', async () => {
    const div = await renderToDiv('Phones and **mobile phones**', 'phone');
    expect([...div.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Phone', 'phone']);
    expect(div.textContent).to.equal('Phones and mobile phones');
  });
});

describe('link safety', () => {
  it('allows https, http, mailto, tel and relative links only', () => {
    for (const ok of ['https://a.example', 'HTTP://a.example', 'mailto:x@y.example', 'tel:+441632960000', 'policies/a.pdf', '/a', '#s', '?q=1'])
      expect(isSafeUrl(ok), ok).to.equal(true);
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0000javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:x'])
      expect(isSafeUrl(bad), JSON.stringify(bad)).to.equal(false);
  });

  it('knows which links leave the site', () => {
    expect(urlScheme('Mailto:x')).to.equal('mailto:');
    expect(isExternalUrl('https://a.example')).to.equal(true);
    expect(isExternalUrl('tel:1')).to.equal(false);
    expect(isExternalUrl('/local')).to.equal(false);
  });
});
