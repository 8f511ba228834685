import { fileURLToPath } from 'node:url';

/** The shared, read-only test data next to the repository (real reports and their variants). */
export const sharedFixture = (name: string) => fileURLToPath(new URL(`../../../../shared/fixtures/${name}`, import.meta.url));
export const sharedOriginal = (name: string) => fileURLToPath(new URL(`../../../../shared/corpus/dev/${name}`, import.meta.url));
export const badFixture = (name: string) => fileURLToPath(new URL(`../../fixtures/bad/${name}`, import.meta.url));

/** Chinese characters make up the message, and it is not a bare technical string. */
export const CHINESE_MESSAGE = /[\u4e00-\u9fff].*[。]/;
