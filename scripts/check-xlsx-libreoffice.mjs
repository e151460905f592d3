// Opens the Excel export in LibreOffice, to catch a file a spreadsheet program would refuse or repair.
// Not part of `npm test`: it needs LibreOffice (`apt-get install libreoffice-calc-nogui`).
//
//   node scripts/check-xlsx-libreoffice.mjs [out-dir]
//
// It writes a sample workbook in Japanese and in English, has `soffice --headless` convert every sheet to CSV
// and the workbook to PDF, and checks that each conversion produced its files with the expected cells.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';

const out = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'xlsx-check-'));
const soffice = ['soffice', 'libreoffice'].find((cmd) => {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (!soffice) {
  console.error('LibreOffice (soffice) is not installed; nothing checked.');
  process.exit(2);
}

const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
let failed = false;
try {
  const { buildAssessmentWorkbook } = await server.ssrLoadModule('/src/features/assessments/export-xlsx.ts');
  const { parseCatalogue } = await server.ssrLoadModule('/src/domain/catalogue-schema.ts');
  const catalogue = parseCatalogue(JSON.parse(readFileSync('data/catalogue.json', 'utf8')));
  const at = Date.now();
  const answer = (status, note = '') => ({ status, note, updatedAt: at });
  const environment = (id, name, method, answers, scope = {}) => ({
    id,
    name,
    method,
    path: [],
    scope,
    overrides: [],
    answers,
    createdAt: at,
    updatedAt: at,
  });
  const assessment = {
    id: 'lo',
    name: '=LibreOffice 確認',
    organisation: '組織',
    assessor: '',
    catalogueVersion: catalogue.version,
    createdAt: at,
    updatedAt: at,
    environments: [
      environment(
        'e1',
        '社用ノートPC',
        1,
        {
          '1-1': answer('done', '=HYPERLINK("http://evil.example","x")'),
          '1-2': answer('partial', '一行目\r\n二行目'),
          '2-1': answer('not-done'),
          '3-1': answer('unknown', '+81 3'),
        },
        { webmail: false },
      ),
      environment('e2', '', 7, {}),
      environment('e3', '未設定', null, {}),
    ],
  };

  for (const language of ['ja', 'en']) {
    const file = join(out, `workbook-${language}.xlsx`);
    const bytes = await buildAssessmentWorkbook(catalogue, assessment, {
      language,
      now: new Date(),
      appVersion: 'check',
    });
    writeFileSync(file, bytes);
    // Token 12 = -1: every sheet to its own CSV (LibreOffice 7.2+); UTF-8 (76), comma-separated (44).
    const csvFilter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    for (const target of [csvFilter, 'pdf']) {
      execFileSync(soffice, ['--headless', '--convert-to', target, '--outdir', out, file], { stdio: 'pipe' });
    }
    const made = readdirSync(out).filter((f) => f.startsWith(`workbook-${language}`));
    const checklistName = language === 'ja' ? 'チェックリスト' : 'Checklist';
    const csv = readFileSync(join(out, `workbook-${language}-${checklistName}.csv`), 'utf8');
    const checks = {
      'three sheets as CSV': made.filter((f) => f.endsWith('.csv')).length === 3,
      'a PDF': made.includes(`workbook-${language}.pdf`),
      'item number 1-1 as text': csv.split('\n')[1]?.split(',')[2] === '1-1',
      'formula kept as text': csv.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`),
    };
    for (const [what, ok] of Object.entries(checks)) {
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${language}: ${what}`);
      failed ||= !ok;
    }
  }
  console.log(`files in ${out}`);
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
