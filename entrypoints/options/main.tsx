import { render } from 'preact';
import '../../assets/extension-pages.css';
import { OptionsApp } from '../../components/OptionsApp';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
