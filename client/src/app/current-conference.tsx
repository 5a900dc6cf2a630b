import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

interface CurrentConference {
  conferenceId: string | null;
  setConferenceId(id: string | null): void;
}

const Context = createContext<CurrentConference>({
  conferenceId: null,
  setConferenceId: () => undefined,
});

/** Which conference the navigation links point at: the one the current page belongs to. */
export function CurrentConferenceProvider({
  initial,
  children,
}: {
  initial: string | null;
  children: ReactNode;
}) {
  const [conferenceId, setConferenceId] = useState<string | null>(initial);
  return <Context.Provider value={{ conferenceId, setConferenceId }}>{children}</Context.Provider>;
}

export function useCurrentConferenceId(): string | null {
  return useContext(Context).conferenceId;
}

/** Pages call this with the conference they show. */
export function useSetCurrentConference(id: string | null | undefined): void {
  const { setConferenceId } = useContext(Context);
  useEffect(() => {
    if (id) setConferenceId(id);
  }, [id, setConferenceId]);
}
