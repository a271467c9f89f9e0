/**
 * Doyensec's electronegativity on the Electron shell (electron/), as part of `npm test`. It exits
 * 0 whatever it finds, so we read its CSV report: every finding above LOW must be on the
 * allow-list below, with the reason (the same reason sits in a comment next to the code), and
 * each allowed finding is re-checked against the code so the list can't hide a real problem.
 * (It also tries to fetch Electron's release list; offline, that fails after a few seconds and
 * the scan goes on.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  sample: string;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, commas inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

const source = (file: string) => readFileSync(path.join('electron', file), 'utf8').split('\n');
/** The BrowserWindow created at `line` takes its webPreferences from secureWebPreferences(). */
const usesSecurePreferences = (f: Finding) => {
  const options = source(f.file).slice(f.line - 1, f.line + 12).join('\n');
  return /new BrowserWindow\(\{[\s\S]*?webPreferences:\s*(\{\s*\.\.\.)?secureWebPreferences\(/.test(options);
};
/** The openExternal at `line` only ever gets a URL that isAllowedExternalUrl / checkExternalUrl passed. */
const gatedOpenExternal = (f: Finding) => {
  const around = source(f.file).slice(Math.max(0, f.line - 6), f.line).join('\n');
  return /isAllowedExternalUrl\(url\)\) void shell\.openExternal\(url\)/.test(around) || /checkExternalUrl\(url\)[\s\S]*openExternal\(checked\.value\)/.test(around);
};

/** Findings above LOW that are known not to be problems, each with its reason and a check. */
const ALLOWED: { issue: string; reason: string; holds: (f: Finding) => boolean }[] = [
  {
    issue: 'CONTEXT_ISOLATION_JS_CHECK',
    reason: 'the tool cannot follow secureWebPreferences(); contextIsolation is true there (asserted on the window factory)',
    holds: usesSecurePreferences,
  },
  {
    issue: 'SANDBOX_JS_CHECK',
    reason: 'the tool cannot follow secureWebPreferences(); sandbox is true there, and app.enableSandbox() covers every renderer',
    holds: usesSecurePreferences,
  },
  {
    issue: 'AUXCLICK_JS_CHECK',
    reason: 'a middle-click opens a new window, which setWindowOpenHandler denies for every web contents (http(s) go to the system browser)',
    holds: usesSecurePreferences,
  },
  {
    issue: 'OPEN_EXTERNAL_JS_CHECK',
    reason: 'only http(s) URLs without credentials reach shell.openExternal (isAllowedExternalUrl, unit-tested)',
    holds: gatedOpenExternal,
  },
  {
    issue: 'CSP_GLOBAL_CHECK',
    reason: 'the policy is a constant set on every app:// response (hardenSession) and in index.html; checked in Chromium end to end',
    holds: () => /CONTENT_SECURITY_POLICY/.test(readFileSync('electron/main/security.ts', 'utf8')),
  },
];

const dir = mkdtempSync(path.join(tmpdir(), 'baton-electronegativity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('electronegativity on electron/', () => {
  let findings: Finding[] = [];

  it('runs against the Electron version of package.json and writes its report', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
    const version = /\d+\.\d+\.\d+/.exec(pkg.devDependencies.electron ?? '')?.[0];
    expect(version, 'electron in devDependencies').toBeDefined();
    // The scan is deterministic, yet twice in clean runs (never when run alone) it wrote a report
    // without the shell's windows in it; such a run is repeated once, and its output is shown.
    let said = '';
    for (let attempt = 1; attempt <= 2; attempt++) {
      const out = path.join(dir, `report-${attempt}.csv`);
      const r = spawnSync(path.join('node_modules', '.bin', 'electronegativity'), ['-i', 'electron', '-e', version!, '-r', '-o', out], {
        encoding: 'utf8',
        timeout: 90_000,
      });
      expect(r.status, r.stderr).toBe(0);
      said = `${r.stdout}\n${r.stderr}`;
      const [header, ...rows] = parseCsv(readFileSync(out, 'utf8')).filter((x) => x.length > 1);
      expect(header!.map((h) => h.trim())).toEqual(['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url']);
      findings = rows.map(([issue, severity, confidence, file, location, sample]) => ({
        issue: issue!.trim(),
        severity: severity!.trim(),
        confidence: confidence!.trim(),
        file: file!.trim(),
        line: Number(location!.split(':')[0]),
        sample: sample!.trim(),
      }));
      if (findings.some((f) => f.file === 'main/window.ts')) break;
    }
    // It did look at the shell: the windows it knows about are there.
    expect(findings.some((f) => f.file === 'main/window.ts'), `no finding in main/window.ts; the scan said:\n${said}`).toBe(true);
  }, 200_000);

  it('finds nothing above LOW that is not explained (and each explanation still holds)', () => {
    const unexplained = findings
      .filter((f) => f.severity !== 'LOW' && f.severity !== 'INFORMATIONAL')
      .filter((f) => !ALLOWED.some((a) => a.issue === f.issue && a.holds(f)))
      .map((f) => `${f.issue} (${f.severity}) ${f.file}:${f.line} ${f.sample}`);
    expect(unexplained).toEqual([]);
    console.log(
      `electronegativity: ${findings.length} findings, ${findings.filter((f) => f.severity === 'HIGH').length} HIGH / ${findings.filter((f) => f.severity === 'MEDIUM').length} MEDIUM, all explained: ${[...new Set(findings.map((f) => f.issue))].join(', ')}`,
    );
  });

  it('explains each allowed finding next to its code', () => {
    for (const f of findings.filter((x) => x.file !== 'N/A')) {
      const before = source(f.file).slice(Math.max(0, f.line - 8), f.line).join('\n');
      expect(before, `${f.issue} at ${f.file}:${f.line}`).toMatch(new RegExp(`electronegativity[\\s\\S]*${f.issue}|electronegativity ${f.issue}`));
    }
  });
});
