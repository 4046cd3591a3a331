interface ImportMetaEnv {
  /** Absolute path of the folder Astro builds into, set in astro.config.mjs (the build script's staging folder). */
  readonly ITA_OUT_DIR: string;
}
