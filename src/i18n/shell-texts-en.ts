import common from '../locales/en/common.json';
import home from '../locales/en/home.json';
import errors from '../locales/en/errors.json';

/** The English texts of the page frame and the home screen (see shell.ts): one file, loaded by language. */
export default { common, home, errors };
