/**
 * A command-line tool's output piped into a reader that stops early (`… | head`) closes the pipe:
 * the next write fails with EPIPE, which Node reports as an unhandled error with a stack trace. The
 * reader has all it wanted, so the tool stops quietly with exit code 0 instead.
 */
export function stopQuietlyWhenOutputCloses(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
