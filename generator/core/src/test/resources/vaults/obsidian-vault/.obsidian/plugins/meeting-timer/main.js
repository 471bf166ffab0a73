// OLEANDER-3306: a plugin's code lives in the vault's settings folder and is never part of the site.
const { Plugin } = require("obsidian");
module.exports = class MeetingTimer extends Plugin {};
