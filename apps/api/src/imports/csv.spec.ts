import { CsvSyntaxError, decodeText, detectDelimiter, parseCsv } from './csv';

describe('parseCsv', () => {
  it.each([
    ['commas', 'a,b\n1,2\n', [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }]],
    ['semicolons (French spreadsheets)', 'a;b\r\n1,5;2\r\n', [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1,5', '2'] }]],
    ['tabs', 'a\tb\n1\t2', [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }]],
    ['a UTF-8 byte order mark', '\uFEFFa;b\n1;2', [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }]],
    ['quoted delimiters and doubled quotes', 'a,b\n"x, y","say ""hi"""\n', [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x, y', 'say "hi"'] }]],
    [
      'a quoted newline: the next record keeps its physical line',
      'a;b\n"one\ntwo";1\nz;2\n',
      [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['one\ntwo', '1'] }, { line: 4, cells: ['z', '2'] }],
    ],
    ['empty cells, quoted or not', 'a;b;c\n;"";x\n', [{ line: 1, cells: ['a', 'b', 'c'] }, { line: 2, cells: ['', '', 'x'] }]],
    ['blank lines and lines of empty cells are left out, lines still counted', 'a;b\n\n;;\n1;2\n', [{ line: 1, cells: ['a', 'b'] }, { line: 4, cells: ['1', '2'] }]],
    ['no newline at the end', 'a\n1', [{ line: 1, cells: ['a'] }, { line: 2, cells: ['1'] }]],
    ['old Mac line ends', 'a\r1\r', [{ line: 1, cells: ['a'] }, { line: 2, cells: ['1'] }]],
  ])('%s', (_, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it('names the line where an unclosed quote opened', () => {
    expect(() => parseCsv('a;b\n1;2\n"never closed;3\n4;5\n')).toThrow(new CsvSyntaxError(3, 'a quoted cell is never closed'));
  });

  it('refuses text after a closing quote', () => {
    expect(() => parseCsv('a,b\n"x"y,2\n')).toThrow(CsvSyntaxError);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['title;description;skills', ';'],
    ['title,description,skills', ','],
    ['title\tdescription', '\t'],
    ['"a;b",c,d', ','],
    ['title', ','],
  ])('%j', (header, expected) => {
    expect(detectDelimiter(header)).toBe(expected);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 and drops its byte order mark', () => {
    expect(decodeText(Buffer.from('\uFEFFcoopérative', 'utf8'))).toBe('coopérative');
  });
  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    expect(decodeText(Buffer.from([0x63, 0x6f, 0x6f, 0x70, 0xe9, 0x80]))).toBe('coopé€');
  });
});
