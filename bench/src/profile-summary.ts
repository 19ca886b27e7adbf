// Summarises a V8 CPU profile (node --cpu-prof): self time per function and per package, so a change's
// effect shows where the time went rather than guessed.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<package> (scoped too), the workspace folder, or node's own (node:…, empty url). */
function packageOf(url: string): string {
  const nm = url.lastIndexOf('node_modules/');
  if (nm !== -1) {
    const parts = url.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const m = /\/(apps\/[^/]+|packages\/[^/]+|plugins\/[^/]+|bench)\//.exec(url);
  if (m) return m[1]!;
  return url ? url.replace(/^.*\//, '') : '(native)';
}

export function summariseProfile(profile: CpuProfile, top = 40): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries())
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  // Waiting (on the database, on the client) is not cost; shares are of the time on the CPU.
  for (const [id] of self) if (byId.get(id)!.callFrame.functionName === '(idle)') self.delete(id);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fns = new Map<string, number>();
  const pkgs = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${packageOf(url)}:${lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
    pkgs.set(packageOf(url), (pkgs.get(packageOf(url)) ?? 0) + us);
  }
  const fmt = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => `${((us / total) * 100).toFixed(1).padStart(5)} %  ${name}`)
      .join('\n');
  return `on CPU ${(total / 1000).toFixed(0)} ms\n-- by package --\n${fmt(pkgs, 25)}\n-- by function --\n${fmt(fns, top)}`;
}
