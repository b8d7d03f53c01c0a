import { Component } from '@angular/core';

@Component({
  selector: 'lib-web-shared-ui',
  imports: [],
  templateUrl: './web-shared-ui.html',
  styleUrl: './web-shared-ui.css'
})
export class WebSharedUi {}
