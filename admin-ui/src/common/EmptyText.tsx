import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A muted "nothing recorded" line, so an empty section reads as empty rather than broken. */
export const EmptyText = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(message, { _: message })}
    </Typography>
  );
};
