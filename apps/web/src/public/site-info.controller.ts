import { Controller, Get, Render } from '@nestjs/common';

/** The footer's pages: how we use personal data, accessibility, cookies and how to reach us. Anyone can read them. */
@Controller()
export class SiteInfoController {
  @Get('privacy')
  @Render('public/views/site/privacy.njk')
  privacy() {
    return {};
  }

  @Get('accessibility')
  @Render('public/views/site/accessibility.njk')
  accessibility() {
    return {};
  }

  @Get('cookies')
  @Render('public/views/site/cookies.njk')
  cookies() {
    return {};
  }

  @Get('contact')
  @Render('public/views/site/contact.njk')
  contact() {
    return {};
  }
}
