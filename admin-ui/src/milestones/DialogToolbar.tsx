import { Button, SaveButton, Toolbar } from 'react-admin';

/** The milestone dialogs' buttons: Cancel closes without saving, Save submits the form. */
export const DialogToolbar = ({ onCancel }: { onCancel: () => void }) => (
  <Toolbar sx={{ justifyContent: 'flex-end', gap: 1 }}>
    <Button label="ra.action.cancel" onClick={onCancel} />
    <SaveButton />
  </Toolbar>
);
