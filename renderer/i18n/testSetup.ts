// Component tests read the English catalogue (the instance registers itself with react-i18next).
import { i18n } from './index';

await i18n.changeLanguage('en');
