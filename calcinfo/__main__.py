from calcinfo.cli import main

main()
