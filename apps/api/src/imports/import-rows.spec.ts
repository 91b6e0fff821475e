import { csvRows, ImportFileError, jsonRows, checkRowCount, MAX_IMPORT_ROWS, refusalDetails, validateRows, withoutUnknownSkills } from './import-rows';

const SKILL = '880c54f9-866e-4f37-b5fa-25ef8a7d49b6';
const HEADER = 'title;description;skills;languages;effortDays;availableFrom;availableTo;workModes;countries;mechanisms;grossMonthlyPayMin;grossMonthlyPayMax';
const OFFER = `Comptable senior;Expert-comptable auprès de coopératives d'Afrique de l'Ouest;${SKILL};fr|en;20;2027-01-15;2027-06-30;remote|hybrid;SN|GN;skills_sponsorship;4 500;5 000`;

describe('csvRows', () => {
  it('maps cells to fields: lists split on | , numbers read, empty cells left out', () => {
    const [row] = csvRows('offers', `\uFEFF${HEADER}\n${OFFER.replace('2027-06-30', '').replace(';4 500;5 000', ';;')}\n`);
    expect(row).toEqual({
      place: { line: 2 },
      problems: [],
      fields: {
        title: 'Comptable senior',
        description: "Expert-comptable auprès de coopératives d'Afrique de l'Ouest",
        skills: [SKILL],
        languages: ['fr', 'en'],
        effortDays: 20,
        availableFrom: '2027-01-15',
        workModes: ['remote', 'hybrid'],
        countries: ['SN', 'GN'],
        mechanisms: ['skills_sponsorship'],
      },
    });
  });

  it('reads "4 500" and "4,5" as spreadsheets write numbers in French', () => {
    const [row] = csvRows('offers', `${HEADER}\n${OFFER}`);
    expect(row.fields).toMatchObject({ grossMonthlyPayMin: 4500, grossMonthlyPayMax: 5000 });
    const [decimal] = csvRows('needs', 'title;effortDays\nx;"4,5"');
    expect(decimal.fields.effortDays).toBe(4.5);
  });

  it('splits a list on ; inside a quoted cell of a comma-separated file', () => {
    const [row] = csvRows('needs', 'title,languages\nx,"fr;en"');
    expect(row.fields.languages).toEqual(['fr', 'en']);
  });

  it('names a bad number by its field, and a quoted newline does not shift the lines that follow', () => {
    const rows = csvRows('needs', 'title;description;effortDays\n"Two\nlines";ok;12\nx;y;douze\n');
    expect(rows.map((r) => r.place)).toEqual([{ line: 2 }, { line: 4 }]);
    expect(rows[1].problems).toEqual([{ path: 'effortDays', reason: 'must be a number' }]);
  });

  it('matches the header case-insensitively and refuses unknown or repeated columns as a whole', () => {
    expect(csvRows('needs', 'Title;EFFORTDAYS\nx;3')[0].fields).toEqual({ title: 'x', effortDays: 3 });
    const problems = (text: string) => {
      try {
        csvRows('needs', text);
      } catch (error) {
        return (error as ImportFileError).problems;
      }
      return [];
    };
    expect(problems('title;colour\nx;red')).toEqual([{ path: 'lines.1.colour', reason: 'is not a known field' }]);
    expect(problems('title;title\nx;y')).toEqual([{ path: 'lines.1.title', reason: 'names a column twice' }]);
    expect(problems('')).toEqual([{ path: 'lines.1', reason: 'must be a header naming the fields' }]);
    expect(problems('title\n"open')).toEqual([{ path: 'lines.2', reason: 'a quoted cell is never closed' }]);
  });

  it('reports cells beyond the header', () => {
    expect(csvRows('needs', 'title;effortDays\nx;3;extra')[0].problems).toEqual([{ path: 'cells', reason: "has 3 cells, more than the header's 2" }]);
  });
});

describe('jsonRows and checkRowCount', () => {
  it('numbers items from 1 and refuses what is not an object', () => {
    expect(jsonRows([{ title: 'x' }, 'text'])).toEqual([
      { place: { row: 1 }, fields: { title: 'x' }, problems: [] },
      { place: { row: 2 }, fields: {}, problems: [{ path: '(root)', reason: 'must be an object' }] },
    ]);
    expect(() => jsonRows({ title: 'x' })).toThrow(ImportFileError);
  });

  it('wants between one and MAX_IMPORT_ROWS rows', () => {
    expect(() => checkRowCount([])).toThrow('at least one');
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => ({ place: { row: i + 1 }, fields: {}, problems: [] }));
    expect(() => checkRowCount(many)).toThrow(`at most ${MAX_IMPORT_ROWS}`);
    expect(() => checkRowCount(many.slice(1))).not.toThrow();
  });
});

describe('validateRows', () => {
  it('applies the create schema: defaults for valid rows, field problems for the others', () => {
    const rows = csvRows('offers', `${HEADER}\n${OFFER}\nTrop court;x;;fr;zéro;2027-13-01;;remote;;skills_sponsorship;;\n`);
    const { valid, refused } = validateRows('offers', rows);
    expect(valid).toHaveLength(1);
    expect(valid[0].body).toMatchObject({ keywords: [], availableTo: '2027-06-30', grossMonthlyPayMin: 4500 });
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ line: 3 });
    const paths = refused[0].problems.map((p) => p.path);
    // The bad number is reported once, by the mapping, not again as "required" by the schema.
    expect(paths.filter((p) => p === 'effortDays')).toHaveLength(1);
    expect(paths).toEqual(expect.arrayContaining(['description', 'effortDays', 'availableFrom']));
  });

  it('refuses unknown JSON fields as the single-posting endpoint does', () => {
    const { refused } = validateRows('needs', jsonRows([{ title: 'x', colour: 'red' }]));
    expect(refused[0].problems).toEqual(expect.arrayContaining([{ path: 'colour', reason: 'is not a known field' }]));
  });
});

describe('withoutUnknownSkills and refusalDetails', () => {
  it('refuses rows naming skills outside the catalog, in file order, and lists problems by line', () => {
    const other = '00000000-0000-4000-8000-000000000000';
    const rows = csvRows('offers', `${HEADER}\n${OFFER.replace(SKILL, other)}\n${OFFER}\nx;;;;;;;;;;;\n`);
    const checked = withoutUnknownSkills(validateRows('offers', rows), new Set([SKILL]));
    expect(checked.valid.map((r) => r.place)).toEqual([{ line: 3 }]);
    expect(checked.refused.map((r) => ('line' in r ? r.line : r.row))).toEqual([2, 4]);
    expect(checked.refused[0].problems).toEqual([{ path: 'skills.0', reason: 'is not a skill of the catalog' }]);
    const { details, total } = refusalDetails(checked.refused, 2);
    expect(details).toEqual([
      { path: 'lines.2.skills.0', reason: 'is not a skill of the catalog' },
      { path: expect.stringMatching(/^lines\.4\./), reason: expect.any(String) },
    ]);
    expect(total).toBeGreaterThan(2);
  });
});
