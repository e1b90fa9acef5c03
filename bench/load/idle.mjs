/**
 * Reading a process's CPU time, and waiting until the servers have nothing left to do. Requests
 * still in flight when a load phase stops go on being served; their CPU (and their writes) belong
 * to no measurement, so each phase starts, and each series ends, only once the server's process
 * and its database backends have been calm for a while. "Calm" is at most one clock tick of CPU in
 * each of several 50 ms samples: a request waiting on a lock or a disk flush uses no CPU for a
 * moment, so one quiet sample is not enough.
 */
import fs from 'node:fs';

/** utime + stime of the processes, in clock ticks (every thread of each; a process that ended counts 0). */
export function cpuTicks(pids) {
  let total = 0;
  for (const pid of pids) {
    try {
      // The fields after the command name (which may hold spaces, hence the last ')'): utime is the 14th, stime the 15th.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // A backend that ended (PostgreSQL closes idle ones): its time is lost, not an error.
    }
  }
  return total;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Until `pids()` (asked again each sample: backends come and go) have been calm for `samples` samples in a row. */
export async function waitUntilIdle(pids, samples = 3, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let calm = 0;
  let watched = await pids();
  let last = cpuTicks(watched);
  while (calm < samples && Date.now() < deadline) {
    await sleep(50);
    const now = cpuTicks(watched);
    calm = now - last <= 1 ? calm + 1 : 0;
    watched = await pids();
    last = cpuTicks(watched);
  }
}
