// The root: a loading screen, a full-page error, or the workspace once the API answered.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FullPageError, FullPageLoading } from './FullPage';
import { useBoot, type BootFailure } from './useBoot';
import { Workspace } from './Workspace';
import { launchCommandName } from '../bridge/api';

export function App() {
  const [attempt, setAttempt] = useState(0);
  const state = useBoot(attempt);
  switch (state.status) {
    case 'loading':
      return <FullPageLoading />;
    case 'failed':
      return (
        <BootError
          failure={state.failure}
          onRetry={() => {
            setAttempt((n) => n + 1);
          }}
        />
      );
    case 'ready':
      return <Workspace boot={state.data} />;
  }
}

function BootError({ failure, onRetry }: { failure: BootFailure; onRetry: () => void }) {
  const { t } = useTranslation();
  const message =
    failure.kind === 'missing-launch-key'
      ? t('app.missingLaunchKey', { command: launchCommandName() })
      : failure.message;
  return (
    <FullPageError
      message={t('app.loadFailed', { message })}
      // A missing key cannot be fixed by retrying: the user must open the printed address.
      onRetry={failure.kind === 'error' ? onRetry : undefined}
    />
  );
}
