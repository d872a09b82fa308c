/**
 * The first-view data check, run off the main thread (see verify-off-thread.ts). Receives the fingerprints and the
 * data folder's URL, downloads and hashes every file (wake.ts verifyPrerendered), and answers with the bytes of
 * the files, transferred rather than copied, or null when any of them is not the file the HTML was drawn from.
 */
import type { DataPrint } from './fingerprint.ts'
import { verifyPrerendered } from './wake.ts'

export interface VerifyRequest {
  prints: DataPrint[]
  base: string
}

export interface VerifyReply {
  files: [string, Uint8Array][] | null
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<VerifyRequest>) => void) | null
  postMessage(message: VerifyReply, transfer: Transferable[]): void
}

scope.onmessage = async ({ data }) => {
  const files = await verifyPrerendered(data.prints, new URL(data.base))
  const entries = files ? [...files] : null
  try {
    scope.postMessage({ files: entries }, entries ? entries.map(([, bytes]) => bytes.buffer as ArrayBuffer) : [])
  } catch {
    // Not transferable (two files sharing one buffer cannot happen, but a failed check must still answer).
    scope.postMessage({ files: null }, [])
  }
}
