import { element, xmlAttr, xmlText } from './xml';

describe('XML text', () => {
  it('escapes markup and drops what XML 1.0 forbids', () => {
    expect(xmlText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(xmlText('bell\u0007 nul\u0000 ok\ttab\nline \ufffe\uffff lone\ud800 pair😀')).toBe(
      'bell nul ok\ttab\nline  lone pair😀',
    );
    expect(xmlText('windows\r\nline')).toBe('windows\nline');
  });

  it('escapes attribute values, whitespace included', () => {
    expect(xmlAttr(`"Tom" & 'Jerry' <x>\t\n`)).toBe(
      '&quot;Tom&quot; &amp; &apos;Jerry&apos; &lt;x&gt;&#9;&#10;',
    );
  });

  it('writes elements, leaving out absent attributes', () => {
    expect(element('w:b')).toBe('<w:b/>');
    expect(
      element('w:ins', { 'w:id': 3, 'w:author': 'A & B', 'w:x': undefined, 'w:y': false }),
    ).toBe('<w:ins w:id="3" w:author="A &amp; B"/>');
    expect(element('w:r', {}, ['<w:t>x</w:t>', ''])).toBe('<w:r><w:t>x</w:t></w:r>');
  });
});
