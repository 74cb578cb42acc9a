import cliProgress from "cli-progress";
import { formatLogs, lineReporter, setProgressReporter, type Logs, type ProgressReporter } from "@neurite/layers";

/**
 * A per-epoch progress bar with loss, metrics and ETA on a TTY; one line per
 * epoch otherwise (logs, CI). verbose 2 always prints lines.
 */
export function barReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  let bar: cliProgress.SingleBar | undefined;
  return {
    epochBegin(epoch, total, batches) {
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `Epoch ${epoch + 1}/${total} {bar} {value}/{total} | ETA {eta_formatted} | {metrics}`,
          barCompleteChar: "█",
          barIncompleteChar: "░",
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 20,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(batches, 1), 0, { metrics: "" });
    },
    batchEnd(batch: number, logs: Logs) {
      bar?.update(batch + 1, { metrics: formatLogs(logs) });
    },
    epochEnd(_epoch, logs, seconds) {
      bar?.update(bar.getTotal(), { metrics: `${formatLogs(logs)} | ${seconds.toFixed(1)}s` });
      bar?.stop();
      bar = undefined;
    },
  };
}

/** Makes fit({verbose: 1}) draw a bar on terminals and print lines elsewhere. */
export function installProgress(stream: NodeJS.WriteStream = process.stderr): void {
  setProgressReporter((verbose) => (verbose === 1 && stream.isTTY ? barReporter(stream) : lineReporter((s) => stream.write(`${s}\n`))));
}
