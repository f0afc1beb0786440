import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, vi } from 'vitest';

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser leaves i18n unimplemented; UI code asks it for the browser's language.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});
