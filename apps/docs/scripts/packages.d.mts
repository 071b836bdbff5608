export declare const docsRoot: string;
export declare const repoRoot: string;
export interface PublicEntry {
  specifier: string;
  subpath: string;
  source: string;
}
export interface PublicPackage {
  name: string;
  dir: string;
  description: string;
  entries: PublicEntry[];
}
/** Every workspace package under packages/ with its exported subpaths that have a `source` condition. */
export declare function publicPackages(): PublicPackage[];
