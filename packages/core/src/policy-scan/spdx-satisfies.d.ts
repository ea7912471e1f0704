// spdx-satisfies ships no types; this is the one function it exports.
declare module 'spdx-satisfies' {
  function satisfies(expression: string, approved: string[]): boolean;
  export default satisfies;
}
