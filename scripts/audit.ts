/**
 * `npm run audit` (run by .ci/run): `npm audit --omit=dev --audit-level=high`, the production
 * dependencies only: no high or critical advisory may ship to visitors.
 *
 * Some registries (mirrors, proxies) do not offer npm's advisory endpoint. Then this says so
 * loudly, checks the minimum versions of the advisories we know about below, and passes; set
 * AUDIT_REQUIRED=1 to fail instead when the advisory database cannot be reached.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Advisories we know of, as minimum versions of production dependencies. */
const knownMinimums: { name: string; version: string; why: string }[] = [
  { name: 'astro', version: '7.2.8', why: 'the known image advisory, fixed in 7.2.8' },
];

/** `atLeast('7.3.5', '7.2.8')` → true. Pre-release tags are ignored. */
export function atLeast(version: string, minimum: string): boolean {
  const parts = (v: string) => v.split('-')[0]!.split('.').map(Number);
  const [a, b] = [parts(version), parts(minimum)];
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

interface AuditReport {
  vulnerabilities?: Record<string, { severity: string; via: (string | { title?: string; url?: string })[] }>;
  metadata?: { vulnerabilities: Record<string, number> };
  message?: string;
  error?: { summary?: string };
}

function checkKnownMinimums(): number {
  let failures = 0;
  for (const { name, version, why } of knownMinimums) {
    const installed = (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
    const ok = atLeast(installed, version);
    console.log(`${ok ? '✓' : '✗'} ${name} ${installed} ${ok ? '≥' : '<'} ${version} (${why})`);
    if (!ok) failures++;
  }
  return failures;
}

if (import.meta.main) {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
  let report: AuditReport;
  try {
    report = JSON.parse(result.stdout) as AuditReport;
  } catch {
    report = { message: result.stderr.trim() || 'npm audit gav inget svar' };
  }
  const failures = checkKnownMinimums();
  if (!report.metadata) {
    const why = report.message ?? report.error?.summary ?? 'okänt fel';
    console.warn(`\n⚠ npm audit kunde inte nå registrets databas över sårbarheter: ${why}`);
    console.warn('  Endast de kända minimiversionerna ovan är kontrollerade. Kör npm audit där registret svarar.');
    process.exit(failures || process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
  }
  const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
  const counts = report.metadata.vulnerabilities;
  console.log(
    `npm audit (produktion): ${counts.critical ?? 0} kritiska, ${counts.high ?? 0} höga, ${counts.moderate ?? 0} måttliga, ${counts.low ?? 0} låga.`,
  );
  for (const [name, v] of serious) {
    const titles = v.via.map((x) => (typeof x === 'string' ? `via ${x}` : `${x.title ?? ''} ${x.url ?? ''}`.trim()));
    console.error(`✗ ${name} (${v.severity}): ${titles.join('; ')}`);
  }
  process.exit(serious.length || failures ? 1 : 0);
}
