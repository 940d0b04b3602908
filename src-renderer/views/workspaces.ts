/** The app's workspaces: one per kind of model. Adding one = an entry here. */
import type { ComponentType } from 'react';
import type { AnyScenario } from '../../models/scenario';
import type { MenuAction } from '../platform';
import { ClaimsView } from './claims/ClaimsView';
import { EconomyView } from './economy/EconomyView';
import { FiscalView } from './fiscal/FiscalView';
import { LessonsView } from './lessons/LessonsView';
import { TextbookView } from './textbook/TextbookView';

/** A scenario opened from a file, handed to the workspace of its model; nonce marks each opening. */
export interface Incoming {
  scenario: AnyScenario;
  nonce: number;
}

export interface WorkspaceProps {
  incoming: Incoming | null;
  onStatus: (message: string) => void;
  /** Only the visible workspace answers menu commands. */
  active: boolean;
  /** Show a scenario in the workspace of its model (a lesson's last step hands over this way). */
  openScenario?: (scenario: AnyScenario) => void;
}

export interface Workspace {
  id: string;
  title: string;
  /** Menu command that shows it. */
  command: MenuAction;
  /** Models whose scenarios open here. */
  models: (model: string) => boolean;
  component: ComponentType<WorkspaceProps>;
}

export const WORKSPACES: Workspace[] = [
  {
    id: 'fiscal',
    title: 'Fiscal history',
    command: 'show-fiscal',
    models: (m) => m === 'fiscal-history',
    component: FiscalView,
  },
  {
    id: 'textbook',
    title: 'Textbook models',
    command: 'show-textbook',
    models: (m) => m.startsWith('gl-'),
    component: TextbookView,
  },
  {
    id: 'economy',
    title: 'Economy',
    command: 'show-economy',
    models: (m) => m === 'abm',
    component: EconomyView,
  },
  {
    id: 'claims',
    title: 'Claims',
    command: 'show-claims',
    // Claims are checked on the shipped data; no scenario file opens here.
    models: () => false,
    component: ClaimsView,
  },
  {
    id: 'lessons',
    title: 'Lessons',
    command: 'show-lessons',
    // Lessons are files of their own, never scenarios.
    models: () => false,
    component: LessonsView,
  },
];
