import type { Request } from 'express';
import { Injectable } from '@nestjs/common';
import { Role, WebSession } from './web-session';

/** Who sees a menu entry: everyone, only people not signed in, anyone signed in, or these roles. */
export type Audience = 'everyone' | 'signed-out' | 'signed-in' | Role[];

export interface MenuLink {
  href: string;
  text: string;
  audience: Audience;
  /** The paths on which it is the current page, when not its href and the paths below it. */
  current?: RegExp;
}

export interface HomeTask extends MenuLink {
  /** One short sentence under the link saying what the page is for. */
  hint: string;
  /** A few words beside the link worked out for this person each time (e.g. "3 waiting"). */
  status?(req: Request): Promise<string>;
}

/**
 * The header navigation and the home page's "what you can do", filled by each area's module when it
 * starts (in its constructor), so areas add their pages without editing a shared list.
 */
@Injectable()
export class SiteMenu {
  private readonly navigation: MenuLink[] = [];
  private readonly homeTasks: HomeTask[] = [];

  addNavigation(link: MenuLink): void {
    this.navigation.push(link);
  }

  addHomeTask(task: HomeTask): void {
    this.homeTasks.push(task);
  }

  navigationFor(session: WebSession | undefined, currentPath: string) {
    return this.navigation
      .filter((link) => isFor(link.audience, session))
      .map((link) => ({
        href: link.href,
        text: link.text,
        active: link.current ? link.current.test(currentPath) : isCurrent(link.href, currentPath),
      }));
  }

  homeTasksFor(session: WebSession | undefined): HomeTask[] {
    return this.homeTasks.filter((task) => isFor(task.audience, session));
  }
}

function isFor(audience: Audience, session: WebSession | undefined): boolean {
  const signedIn = Boolean(session?.user);
  if (audience === 'everyone') return true;
  if (audience === 'signed-out') return !signedIn;
  if (audience === 'signed-in') return signedIn;
  return session?.hasRole(...audience) ?? false;
}

function isCurrent(href: string, currentPath: string): boolean {
  return href === '/' ? currentPath === '/' : currentPath === href || currentPath.startsWith(`${href}/`);
}
