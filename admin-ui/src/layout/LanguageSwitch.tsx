import { LANGUAGES, type Language } from '@klch/shared';
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useChooseLanguage } from './useChooseLanguage';

/** Each language named in itself, as a switch is read by someone who may not read the other one. */
const SHORT: Record<Language, string> = { en: 'EN', ms: 'BM' };
const NAME: Record<Language, string> = { en: 'English', ms: 'Bahasa Melayu' };

/**
 * EN | BM, on the login page and in the app bar: one click, the current language pressed.
 * `onAppBar` takes the bar's own colour, so it keeps the contrast of the bar's text.
 */
export const LanguageSwitch = ({ onAppBar = false }: { onAppBar?: boolean }) => {
  const translate = useTranslate();
  const [language, choose] = useChooseLanguage();
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={language}
      onChange={(_event, next: Language | null) => {
        // Pressing the current language again would leave none pressed: keep it.
        if (next && next !== language) choose(next);
      }}
      aria-label={translate('klch.layout.language.label')}
      sx={onAppBar ? { mx: 1, '& .MuiToggleButton-root': { color: 'inherit', borderColor: 'currentColor' } } : undefined}
    >
      {LANGUAGES.map((code) => (
        <ToggleButton
          key={code}
          value={code}
          lang={code}
          aria-label={NAME[code]}
          sx={onAppBar ? { '&.Mui-selected, &.Mui-selected:hover': { color: 'inherit', bgcolor: 'rgba(255, 255, 255, 0.24)' } } : undefined}
        >
          {SHORT[code]}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
};
