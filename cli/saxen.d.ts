// saxen ships no types; this is the part of its API (README "Supported Hooks") the CLI uses.
declare module 'saxen' {
  export class Parser {
    on(
      event: 'openTag',
      handler: (name: string, attributes: () => Record<string, string>, decodeEntities: (text: string) => string, selfClosing: boolean) => void,
    ): this;
    on(event: 'error' | 'warn', handler: (error: Error) => void): this;
    /** Parses a whole document; handlers that throw stop it there. */
    parse(xml: string): Error | null;
  }
}
