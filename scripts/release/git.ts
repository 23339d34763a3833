/** The few git questions the release step asks, answered by the `git` binary in a given repository. */
import { execFile } from 'node:child_process';

export type GitResult = { ok: true; value: string } | { ok: false; error: { code: 'git'; message: string } };

/** Runs `git <args>` in `cwd`; stdout without its final newline, or the command and git's own message. */
export function git(cwd: string, args: readonly string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const message = `git ${args.join(' ')}: ${(stderr || error.message).trim()}`;
        resolve({ ok: false, error: { code: 'git', message } });
      } else {
        resolve({ ok: true, value: stdout.replace(/\n$/, '') });
      }
    });
  });
}

/** True when `sha` names a commit of this repository. */
export async function isCommit(cwd: string, sha: string): Promise<boolean> {
  return (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])).ok;
}

/** A file's content at a commit, or undefined when the commit does not hold it. */
export async function fileAt(cwd: string, sha: string, file: string): Promise<string | undefined> {
  const result = await git(cwd, ['show', `${sha}:${file}`]);
  return result.ok ? result.value : undefined;
}

/** True when `older` is an ancestor of `newer` (or the same commit). */
export async function isAncestor(cwd: string, older: string, newer: string): Promise<boolean> {
  return (await git(cwd, ['merge-base', '--is-ancestor', older, newer])).ok;
}
