/** The bundled Twemoji set's file names, space-separated (build/twemojiAssets.ts). */
declare module 'virtual:twemoji-files' {
  const fileNames: string;
  export default fileNames;
}
