import common from '../locales/ja/common.json';
import home from '../locales/ja/home.json';
import errors from '../locales/ja/errors.json';

/** The Japanese texts of the page frame and the home screen (see shell.ts): one file, loaded by language. */
export default { common, home, errors };
