// Types for vsixContents.mjs, so the unit test type-checks under strict.
export interface VsixCheck {
  name: string;
  ok: boolean;
  error?: string;
}
export const BUNDLE_BUDGET: number;
export const WEBVIEW_BUDGET: number;
export const PACKAGE_BUDGET: number;
export function checkVsix(buffer: Buffer): VsixCheck[];
export function manifestFiles(manifest: unknown): string[];
