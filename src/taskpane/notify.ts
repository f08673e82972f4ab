/** Something to say after an action, with an undo where the action can be taken back (a toast). */
export type Notify = (text: string, options?: { undo?: boolean; intent?: 'success' | 'info' | 'warning' }) => void;
