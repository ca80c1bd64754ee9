import { testTts } from './tts-contract.ts';
import { createFakeTts } from './fake-tts.ts';

testTts('fake voice used by the stage tests', () => createFakeTts());
