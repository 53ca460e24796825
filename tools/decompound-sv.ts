/** The Swedish compound splitter on the Hunspell dictionary of the npm package `dictionary-sv` (LibreOffice's). */
import dictionary from 'dictionary-sv';
import { createSplitter, type Splitter } from './decompound.ts';

let splitter: Splitter | undefined;

/** Made once per process: reading the 150,000 words takes about a second. */
export async function swedishSplitter(): Promise<Splitter> {
  splitter ??= createSplitter(new TextDecoder().decode(dictionary.aff), new TextDecoder().decode(dictionary.dic));
  return splitter;
}
